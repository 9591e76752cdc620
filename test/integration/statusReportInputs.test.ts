/**
 * The status report made in one «Документы…» job together with the documents it reports on (the first
 * «Сформировать» of a year ticks every group): it counts the pairs' programmes and the local acts made in that
 * very job, not the sheets as they were before it. Another school and year than the demo's (МАОУ Лицей № 2, 2025–2026).
 */
import { type Addon, documentStore, fillBank, loadAddon } from '../../emulator';
import { MENTEE_TITLES, MENTOR_TITLES } from '../../scripts/demoStaff';
import { menteeRow, mentorRow } from '../support/bankRows';
import { makeDocuments } from '../support/documentsJob';

const DOC = 'application/vnd.google-apps.document';
const PAIR_TITLES = ['ID', 'Наставник', 'Наставляемые', 'ID наставника', 'ID наставляемых', 'Форма наставничества', 'Дата начала', 'Статус'];
const MENTORS = ['Алексеев Тимур Ринатович', 'Белова Зарина Маратовна', 'Гиниятуллина Ольга Ивановна'];
const MENTEES = ['Дьяконова Алсу Ильдаровна', 'Ершов Кирилл Андреевич', 'Жукова Вера Павловна'];

/** The lyceum of test/support/secondSchool.ts with three pairs typed in by hand. */
async function lyceumWithPairs(): Promise<Addon> {
  const addon = loadAddon({ nowMs: Date.UTC(2025, 10, 12, 7) });
  addon.ws.activeSpreadsheetId = addon.ws.spreadsheets.create('Программа').id;
  addon.open();
  await addon.scriptRun('saveSettings', {
    schoolFullName: 'Муниципальное автономное общеобразовательное учреждение «Лицей № 2» города Энска',
    schoolShortName: 'МАОУ Лицей № 2',
    directorName: 'Алиев Рашид Гусейн оглы',
    orderNumber: '12-од',
    orderDate: '28.08.2025',
    schoolYear: '2025-2026',
    coordinatorName: 'Римская-Корсакова Анна Ильинична',
  });
  const staff = { 'Предмет / направление': 'химия', Статус: 'в паре' };
  fillBank(
    addon.ws,
    'Наставники',
    MENTOR_TITLES,
    MENTORS.map((name, i) => mentorRow(`НС-${i + 1}`, name, { ...staff, 'Эл. почта': `mentor${i + 1}@lyceum2.example`, 'Стаж, лет': 12, 'Квалификационная категория': 'первая', Компетенции: 'методика преподавания' })),
  );
  fillBank(
    addon.ws,
    'Наставляемые',
    MENTEE_TITLES,
    MENTEES.map((name, i) => menteeRow(`НЛ-${i + 1}`, name, { ...staff, 'Эл. почта': `mentee${i + 1}@lyceum2.example` })),
  );
  const start = new Date(Date.UTC(2025, 9, 1));
  fillBank(
    addon.ws,
    'Пары и группы',
    PAIR_TITLES,
    MENTORS.map((mentor, i) => [`П-${i + 1}`, mentor, MENTEES[i], `НС-${i + 1}`, `НЛ-${i + 1}`, 'педагог – педагог', start, 'действует']),
  );
  return addon;
}

function reportText(addon: Addon): string {
  const report = [...addon.ws.appFiles.entries()].find(([, f]) => f.mimeType === DOC && f.name.startsWith('Отчёт о ходе реализации'));
  if (!report) throw new Error('no status report');
  return documentStore(addon.ws).savedText(report[0]).replace(/\u00a0/g, ' ');
}

describe('the status report made in the same job as the documents it reports on', () => {
  it('counts the programmes and the local acts the job has just made', async () => {
    const addon = await lyceumWithPairs();
    const view = await makeDocuments(addon, ['school', 'pairs', 'report']);
    expect(view).toMatchObject({ finished: true, failed: [] });
    const text = reportText(addon);
    expect(text).toContain('персонализированные программы составлены для 3 из них');
    expect(text).toContain('«Приказ о внедрении программы наставничества»');
  });

  it('counts them also when the report is made alone, in a job of its own after the others', async () => {
    const addon = await lyceumWithPairs();
    await makeDocuments(addon, ['school', 'pairs']);
    await makeDocuments(addon, ['report']);
    expect(reportText(addon)).toContain('персонализированные программы составлены для 3 из них');
  });
});
