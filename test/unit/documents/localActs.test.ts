import { MENTORING_FORMS } from '../../../src/domain/catalog';
import { checkDocumentText } from '../../../src/domain/documents/checker';
import { implementationOrder as rawOrder } from '../../../src/domain/documents/implementationOrder';
import { actsInForce, basisInstrumental, basisPhrase, LEGAL_ACTS } from '../../../src/domain/documents/legalBasis';
import { type Block, blockText, type DocumentModel, documentText } from '../../../src/domain/documents/model';
import { initialsFirst, surnameFirst } from '../../../src/domain/documents/names';
import { fullNameIn } from '../../../src/domain/documents/phrases';
import { programmeDocument as rawProgramme } from '../../../src/domain/documents/programmeDocument';
import { regulation as rawRegulation } from '../../../src/domain/documents/regulation';
import type { ProgrammeSettings } from '../../../src/domain/programme';
import { defaultRoadmap, type RoadmapStage, SEED_STAGES } from '../../../src/domain/roadmap';
import type { GrammarCase } from '../../../src/domain/russian/declension';
import { SEED_SETTINGS } from './seedSettings';

const SEED: ProgrammeSettings = SEED_SETTINGS;

/** The documents with non-breaking spaces read as spaces («№ 13», «М. В.»), for expectations typed with ordinary ones. */
const plainDoc = (doc: DocumentModel): DocumentModel => JSON.parse(JSON.stringify(doc).replace(/\u00a0/g, ' '));
const implementationOrder = (s: ProgrammeSettings) => plainDoc(rawOrder(s));
const regulation = (s: ProgrammeSettings) => plainDoc(rawRegulation(s));
const programmeDocument = (s: ProgrammeSettings, stages: readonly RoadmapStage[]) => plainDoc(rawProgramme(s, stages));
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const LYCEUM: ProgrammeSettings = {
  schoolFullName: 'Государственное бюджетное общеобразовательное учреждение «Лицей № 7»',
  schoolShortName: 'ГБОУ Лицей № 7',
  directorName: 'Белов Игорь Николаевич',
  orderNumber: '112-од',
  orderDate: '2026-08-28',
  schoolYearStart: 2026,
  coordinatorName: 'Егорова Дарья Павловна',
};

const SCHOOLS: readonly { label: string; settings: ProgrammeSettings; stages: readonly RoadmapStage[] }[] = [
  { label: 'МБОУ СОШ № 13, 2022', settings: SEED, stages: SEED_STAGES },
  { label: 'ГБОУ Лицей № 7, 2026', settings: LYCEUM, stages: defaultRoadmap(LYCEUM.schoolShortName, LYCEUM.schoolYearStart) },
];

const allDocs = (settings: ProgrammeSettings, stages: readonly RoadmapStage[]): DocumentModel[] => [
  implementationOrder(settings),
  regulation(settings),
  programmeDocument(settings, stages),
];

/** «Приложение 1 - Положение …» and «Приложение 2 – Программа …» as stage 1 of a roadmap names the appendices. */
function appendixNames(stages: readonly RoadmapStage[]): [string, string] {
  const m = /Приложение 1 [-–] (.+?), Приложение 2 [-–] (.+?)\)/.exec(stages[0].content);
  if (!m) throw new Error('stage 1 names no appendices');
  return [m[1], m[2]];
}

const headings = (doc: DocumentModel, level: 1 | 2 | 3): string[] =>
  doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

const paragraphs = (doc: DocumentModel): string[] => doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [blockText(b)] : []));

function tables(doc: DocumentModel): Extract<Block, { kind: 'table' }>[] {
  return doc.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
}

function signatures(doc: DocumentModel): Extract<Block, { kind: 'signatures' }>[] {
  return doc.blocks.flatMap((b) => (b.kind === 'signatures' ? [b] : []));
}

/** Sections «1. …» numbered 1..n, clauses «n.k. …» numbered 1..k inside the section they follow. */
function checkNumbering(doc: DocumentModel): { sections: number; clauses: number } {
  let section = 0;
  let clause = 0;
  let clauses = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'heading' && block.level === 2) {
      const m = /^(\d+)\. \S/.exec(block.text);
      expect(m && Number(m[1])).toBe(section + 1);
      section += 1;
      clause = 0;
    } else if (block.kind === 'heading' && block.level === 3) {
      throw new Error(`unexpected level-3 heading: ${block.text}`);
    } else if (block.kind === 'paragraph') {
      const m = /^(\d+)\.(\d+)\. \S/.exec(blockText(block));
      if (!m) continue;
      expect([Number(m[1]), Number(m[2])]).toEqual([section, clause + 1]);
      clause += 1;
      clauses += 1;
    }
  }
  return { sections: section, clauses };
}

describe.each(SCHOOLS)('local acts for $label', ({ settings, stages }) => {
  const order = implementationOrder(settings);
  const reg = regulation(settings);
  const prog = programmeDocument(settings, stages);
  const [regulationName, programmeName] = appendixNames(stages);
  const orderDate = settings.orderDate.split('-').reverse().join('.');
  const orderLine = `${orderDate} № ${settings.orderNumber}`;
  const headerLine = `${orderDate}\t\t№ ${settings.orderNumber}`;

  it('heads the order with the full name, «ПРИКАЗ», the date and number line and the title', () => {
    expect(blockText(order.blocks[0])).toBe(settings.schoolFullName);
    expect(order.blocks[0]).toMatchObject({ kind: 'paragraph', align: 'center' });
    expect(headings(order, 1)).toEqual(['ПРИКАЗ']);
    expect(paragraphs(order)).toContain(headerLine);
    expect(headings(order, 2)).toEqual(['О внедрении программы наставничества']);
    expect(order.fileName).toBe(`Приказ о внедрении программы наставничества — ${settings.schoolShortName} — ${settings.schoolYearStart}-${settings.schoolYearStart + 1}`);
  });

  it('heads both appendices with the order they belong to', () => {
    for (const [doc, n] of [[reg, 1], [prog, 2]] as const) {
      expect(doc.blocks.find((b) => b.kind === 'approval')).toEqual({
        kind: 'approval',
        lines: [`Приложение ${n}`, `к приказу ${settings.schoolShortName}`, `от ${orderLine}`],
      });
    }
  });

  it('names the appendices as the roadmap does, in the order and as their titles', () => {
    expect(headings(reg, 1)).toEqual([regulationName]);
    expect(headings(prog, 1)).toEqual([programmeName]);
    expect(regulationName).toBe(`Положение о программе наставничества в ${settings.schoolShortName}`);
    expect(programmeName).toBe(`Программа наставничества в ${settings.schoolShortName} на ${settings.schoolYearStart}-${settings.schoolYearStart + 1} учебный год`);
    const text = paragraphs(order);
    expect(text).toContain(`Приложение 1 — ${regulationName}.`);
    expect(text).toContain(`Приложение 2 — ${programmeName}.`);
  });

  it('ends the preamble with «ПРИКАЗЫВАЮ:» after the legal basis, then points numbered in order', () => {
    const preamble = paragraphs(order).find((t) => t.startsWith('В соответствии с'));
    expect(preamble).toBeDefined();
    expect(preamble).toMatch(/, ПРИКАЗЫВАЮ:$/);
    expect(preamble).toContain('№ Р-145');
    expect(preamble).toContain('№ АЗ-1128/08/657');
    expect(preamble).toContain('№ 273-ФЗ');
    const points = paragraphs(order).flatMap((t) => {
      const m = /^(\d+)(?:\.(\d+))?\. /.exec(t);
      return m ? [[Number(m[1]), m[2] ? Number(m[2]) : 0]] : [];
    });
    expect(points.length).toBeGreaterThanOrEqual(7);
    let top = 0;
    let sub = 0;
    for (const [n, k] of points) {
      if (k === 0) {
        expect(n).toBe(top + 1);
        top = n;
        sub = 0;
      } else {
        expect([n, k]).toEqual([top, sub + 1]);
        sub = k;
      }
    }
    const last = paragraphs(order).filter((t) => /^\d+\. /.test(t)).pop();
    expect(last).toBe(`${top}. Контроль за исполнением настоящего приказа оставляю за собой.`);
  });

  it('has the director sign and the coordinator acknowledge, the appointment in the accusative', () => {
    const [director, acknowledged] = signatures(order);
    expect(director.lines).toEqual([{ role: `Директор ${settings.schoolShortName}`, name: plain(initialsFirst(settings.directorName)) }]);
    expect(acknowledged.lines).toHaveLength(1);
    expect(acknowledged.lines[0].role).toContain(plain(surnameFirst(settings.coordinatorName)));
    const ackIndex = order.blocks.indexOf(acknowledged);
    expect(blockText(order.blocks[ackIndex - 1])).toBe('С приказом ознакомлены:');
    expect(documentText(order)).toContain(`Назначить ${fullNameIn(settings.coordinatorName, 'accusative')}`);
    // A standing act names no person: the Положение outlives the year's coordinator.
    expect(documentText(reg)).not.toContain(settings.coordinatorName.split(' ')[0].slice(0, -1));
    expect(tables(prog)[0].rows).toContainEqual(['Куратор программы', settings.coordinatorName]);
    expect(tables(prog)[0].rows).toContainEqual(['Директор', settings.directorName]);
  });

  it('writes every mention of a name as one of the declension library’s forms (full, surname first or initials first)', () => {
    const cases: GrammarCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
    for (const person of [settings.directorName, settings.coordinatorName]) {
      const surname = person.split(' ')[0];
      const stem = surname.slice(0, -1);
      const forms = [...new Set(cases.flatMap((c) => [fullNameIn(person, c), surnameFirst(person, c), initialsFirst(person, c)].map(plain)))];
      for (const doc of allDocs(settings, stages)) {
        const text = documentText(doc);
        const mentions = text.split(stem).length - 1;
        // Count each mention once: the longest form at each place (a full name contains its surname-first stem too).
        let rest = text;
        let allowed = 0;
        for (const form of forms.sort((a, b) => b.length - a.length)) {
          allowed += rest.split(form).length - 1;
          rest = rest.split(form).join(' ');
        }
        expect(mentions).toBe(allowed);
      }
    }
  });

  it('writes clean Russian text: no leftovers, no Latin letters, no doubled punctuation', () => {
    for (const doc of allDocs(settings, stages)) {
      const text = `${doc.fileName}\n${documentText(doc)}`;
      expect(text).not.toMatch(/undefined|null|NaN|TODO|\[|\]|\$\{|\{|\}/);
      expect(text).not.toMatch(/[A-Za-z]/);
      expect(text).not.toMatch(/г\.\.|\.\.|,,|;;| {2}|\s[,.;:]/);
      expect(text.length).toBeGreaterThan(3000);
    }
  });

  it('numbers the sections and clauses of the Положение and the Программа consistently', () => {
    const r = checkNumbering(reg);
    expect(r.sections).toBe(8);
    expect(r.clauses).toBeGreaterThan(40);
    const p = checkNumbering(prog);
    expect(p.sections).toBe(9);
    expect(p.clauses).toBeGreaterThan(15);
    expect(headings(reg, 2).map((h) => h.replace(/^\d+\. /, ''))).toEqual([
      'Общие положения',
      'Цели и задачи наставничества',
      'Организация наставничества',
      'Формы наставничества',
      'Этапы реализации программы наставничества',
      'Мониторинг и оценка результатов программы наставничества',
      'Документы программы наставничества',
      'Заключительные положения',
    ]);
    expect(headings(prog, 2).map((h) => h.replace(/^\d+\. /, ''))).toEqual([
      'Паспорт программы',
      'Пояснительная записка',
      'Цель и задачи программы',
      'Формы наставничества',
      'Содержание программы по этапам',
      'Условия и ресурсы реализации программы',
      'Ожидаемые результаты',
      'Показатели эффективности',
      'Мониторинг реализации программы',
    ]);
  });

  it('defines the terms, the forms and the roadmap stages in the Положение', () => {
    const terms = reg.blocks.flatMap((b) =>
      b.kind === 'list' ? b.items.flatMap((i) => i.runs.flatMap((r) => (typeof r !== 'string' && r.bold ? [r.text] : []))) : [],
    );
    for (const term of ['Наставничество', 'Наставник', 'Наставляемый', 'Куратор', 'Форма наставничества', 'Персонализированная программа наставничества']) {
      expect(terms).toContain(term);
    }
    for (const form of MENTORING_FORMS) expect(terms).toContain(`«${form}»`);
    const stageList = reg.blocks.find((b) => b.kind === 'list' && b.ordered && b.items.length === SEED_STAGES.length);
    if (stageList?.kind !== 'list') throw new Error('no stage list');
    expect(stageList.items.map((i) => (typeof i.runs[0] === 'string' ? i.runs[0] : i.runs[0].text))).toEqual(SEED_STAGES.map((s) => s.title));
    const text = documentText(reg);
    expect(text).toContain('оценка качества реализации программы наставничества');
    expect(text).toContain('оценка мотивационно-личностного, компетентностного, профессионального роста участников');
    expect(text).toContain('№ 152-ФЗ «О персональных данных»');
    expect(text).toContain('статья 10.1');
    expect(text).toContain('приказ о закреплении наставнических пар (групп)');
    expect(text).toContain('индивидуальным');
    expect(text).toContain('групповым');
  });

  it('builds the Программа: the passport, one stage row per roadmap stage in order, measurable indicators', () => {
    const [passport, stageTable, indicators] = tables(prog);
    expect(passport.rows).toContainEqual([
      'Срок реализации',
      `${settings.schoolYearStart}-${settings.schoolYearStart + 1} учебный год: с 01.09.${settings.schoolYearStart} по 31.05.${settings.schoolYearStart + 1}`,
    ]);
    expect(passport.rows).toContainEqual(['Наименование программы', programmeName]);
    expect(passport.rows).toContainEqual(['Образовательная организация', settings.schoolFullName]);
    expect(stageTable.header).toEqual(['№', 'Этап', 'Мероприятия', 'Сроки', 'Ответственные']);
    expect(stageTable.rows.map((r) => r.slice(0, 4))).toEqual(stages.map((s) => [s.number, s.title, s.content, s.plannedText]));
    expect(stageTable.rows.every((r) => r[4].includes('куратор'))).toBe(true);
    expect(indicators.rows).toHaveLength(6);
    const indicatorText = blockText(indicators);
    expect(indicatorText).toContain('не менее 80 %');
    expect(indicatorText).toContain('включённых в наставнические пары (группы)');
    expect(indicatorText).toContain('молодых специалистов');
    expect(indicatorText).toContain('методическую копилку');
    expect(indicatorText).toContain(`(не менее ${stages.length})`);
  });
});

describe('the law by the order date', () => {
  const texts = (settings: ProgrammeSettings) => allDocs(settings, defaultRoadmap(settings.schoolShortName, settings.schoolYearStart)).map(documentText);

  it('cites ТК РФ ст. 351.8 and the mentors’ consent and agreement in 2026, not in 2022', () => {
    for (const text of texts(LYCEUM)) expect(text).toContain('статьёй 351.8 Трудового кодекса Российской Федерации');
    for (const text of texts(SEED)) expect(text).not.toContain('351.8');
    const reg2026 = documentText(regulation(LYCEUM));
    expect(reg2026).toContain('с его письменного согласия');
    expect(reg2026).toContain('дополнительным соглашением к трудовому договору');
    expect(reg2026).toContain('Согласие на обработку персональных данных оформляется отдельно');
    const reg2022 = documentText(regulation(SEED));
    // Before 01.03.2025 mentoring was extra work with the worker's written consent, paid extra (ТК РФ ст. 60.2, 151).
    expect(reg2022).toContain('статья 60.2 Трудового кодекса Российской Федерации');
    expect(reg2022).toContain('статья 151 Трудового кодекса Российской Федерации');
    expect(reg2022).toContain('доплата в размере');
    expect(reg2022).not.toContain('оформляется отдельно');
    expect(documentText(implementationOrder(LYCEUM))).toContain('проекты дополнительных соглашений к трудовым договорам');
  });

  it('switches on 1 March 2025 exactly', () => {
    const before = { ...LYCEUM, orderDate: '2025-02-28', schoolYearStart: 2024 };
    const on = { ...LYCEUM, orderDate: '2025-03-01', schoolYearStart: 2024 };
    expect(documentText(regulation(before))).not.toContain('351.8');
    expect(documentText(regulation(on))).toContain('351.8');
    expect(documentText(implementationOrder(before))).not.toContain('351.8');
    expect(documentText(implementationOrder(on))).toContain('351.8');
  });

  it('cites the 2030 Concept only from 21 May 2025 and 152-ФЗ outside the order’s mentoring basis', () => {
    expect(actsInForce('2022-09-01').map((a) => a.key)).not.toContain('concept2030');
    expect(actsInForce('2025-05-21').map((a) => a.key)).toContain('concept2030');
    expect(documentText(implementationOrder(LYCEUM))).toContain('№ 1264-р');
    expect(documentText(implementationOrder(SEED))).not.toContain('1264-р');
    expect(basisInstrumental('2026-01-01', { mentoringOnly: true })).not.toContain('152-ФЗ');
    expect(documentText(regulation(SEED))).toContain('Федеральным законом от 27.07.2006 № 152-ФЗ');
  });

  it('keeps every act’s two forms alike: the same number and date', () => {
    for (const act of LEGAL_ACTS) {
      const id = /от \d\d\.\d\d\.\d{4} № [^\s,]+/.exec(act.instrumental)?.[0] ?? 'статьёй 351.8';
      expect(act.nominative.includes(id) || id === 'статьёй 351.8').toBe(true);
      expect(act.nominative.slice(-40)).toBe(act.instrumental.slice(-40));
    }
  });
});

describe('the ministry’s recommendations, cited «с учётом»', () => {
  const recommendations = LEGAL_ACTS.filter((a) => a.recommendation);

  it('marks the letters sending recommendations, and nothing binding, as recommendations', () => {
    expect(recommendations.map((a) => a.key).sort()).toEqual(['targetModelLetter', 'teacherRecommendations']);
  });

  it.each([
    ['2022-09-01', SEED],
    ['2025-08-28', LYCEUM],
  ] as const)('on %s the order, the Положение and the Программа take them into account and follow only the binding acts', (date, settings) => {
    expect(basisPhrase(date, { mentoringOnly: true })).toMatch(/^в соответствии с Федеральным законом .*, с учётом письма .*, Методических рекомендаций по разработке/);
    const stages = defaultRoadmap(settings.schoolShortName, settings.schoolYearStart);
    for (const doc of [implementationOrder(settings), regulation(settings), programmeDocument(settings, stages)]) {
      const text = plain(documentText(doc));
      expect(text).toContain('с учётом');
      expect(text).toContain('Методических рекомендаций по разработке и внедрению системы (целевой модели) наставничества');
      expect(text).toContain('письма Министерства просвещения Российской Федерации от 23.01.2020 № МР-42/02');
      for (const act of recommendations) expect(text).not.toContain(act.instrumental);
      expect(checkDocumentText(documentText(doc), { date, people: [] }).filter((p) => p.includes('рекомендации'))).toEqual([]);
    }
    const preamble = paragraphs(implementationOrder(settings)).find((t) => t.startsWith('В соответствии с')) ?? '';
    expect(preamble).toMatch(/№ 273-ФЗ «Об образовании в Российской Федерации».*, с учётом письма Министерства просвещения/);
  });

  it('the checker flags recommendations cited as binding', () => {
    const act = recommendations[0];
    const wrong = `В соответствии с ${act.instrumental}, ПРИКАЗЫВАЮ:`;
    expect(checkDocumentText(wrong, { date: '2023-01-01', people: [] }).filter((p) => p.includes('«с учётом»'))).toHaveLength(1);
    expect(basisInstrumental('2023-01-01')).not.toContain('Методическими рекомендациями');
  });
});

describe('dates in the order', () => {
  it('sets the banks for 30 September and the pairs for 15 October when signed on 1 September', () => {
    const text = documentText(implementationOrder(SEED));
    expect(text).toContain('в срок до 30 сентября 2022 г. сформировать банк наставляемых');
    expect(text).toContain('в срок до 15 октября 2022 г. по результатам анализа банков');
    expect(text).toContain('(с 1 сентября 2022 г. по 31 мая 2023 г.)');
    expect(documentText(regulation(SEED))).toContain('вступает в силу с 1 сентября 2022 г.');
  });

  it('leaves two weeks for the banks when the order is signed late', () => {
    const text = documentText(implementationOrder({ ...SEED, orderDate: '2022-10-05' }));
    expect(text).toContain('в срок до 19 октября 2022 г. сформировать банк наставляемых');
    expect(text).toContain('в срок до 3 ноября 2022 г. по результатам анализа банков');
  });
});

describe('programmeDocument with the school’s own roadmap', () => {
  it('takes the stages as given, in their order, with the planned text untouched', () => {
    const stages: RoadmapStage[] = [
      { number: '1', title: 'Подготовка', content: 'Приказ и Положение', plannedText: 'Август 2022 г.' },
      { number: '2', title: 'Работа пар', content: 'Встречи пар\nПосещение уроков', plannedText: 'Сентябрь 2022 г. – май 2023 г.' },
      { number: '3', title: 'Итоги', content: 'Круглый стол', plannedText: 'Май 2023 г.' },
    ];
    const doc = programmeDocument(SEED, stages);
    const stageTable = tables(doc)[1];
    expect(stageTable.rows.map((r) => r.slice(0, 4))).toEqual([
      ['1', 'Подготовка', 'Приказ и Положение', 'Август 2022 г.'],
      ['2', 'Работа пар', 'Встречи пар\nПосещение уроков', 'Сентябрь 2022 г. – май 2023 г.'],
      ['3', 'Итоги', 'Круглый стол', 'Май 2023 г.'],
    ]);
    expect(blockText(tables(doc)[2])).toContain('(не менее 3)');
  });

  it('refuses an empty roadmap with a Russian message', () => {
    expect(() => programmeDocument(SEED, [])).toThrow(/Дорожная карта/);
  });
});
