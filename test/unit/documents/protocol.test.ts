/** The protocol model: the school's form, the coordinator's words verbatim, facts filled, blanks where nothing is known. */
import { documentText } from '../../../src/domain/documents/model';
import { type EventFacts, protocolDocument } from '../../../src/domain/documents/protocol';
import type { ProgrammeSettings } from '../../../src/domain/programme';

const settings: ProgrammeSettings = {
  schoolFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 13»',
  schoolShortName: 'МБОУ СОШ № 13',
  directorName: 'Костерина Марина Владимировна',
  orderNumber: '384/2-о',
  orderDate: '2022-09-01',
  schoolYearStart: 2022,
  coordinatorName: 'Иванова Анна Сергеевна',
};
const event: EventFacts = {
  id: 'М-001', date: '2022-08-30', kind: 'педагогический совет', title: 'Педсовет', audience: 'педагоги', place: '', number: '', chair: '',
  secretary: '', agenda: '', heard: '', speakers: '', decisions: '', votes: '', presentCount: null, absentCount: null, hours: null, form: '',
};
// Counts as of the meeting's date (countsAsOf): on 30.08.2022 no pair had begun and no session was held.
const facts = { stageNumber: '2', stageTitle: 'Информирование педагогического сообщества', roadmapStages: 10, trainedMentors: 0, pairs: 0 };

describe('protocolDocument', () => {
  it('fills the programme facts and leaves blanks for what nobody typed', () => {
    const text = documentText(protocolDocument({ settings, event, facts, present: [], absent: [], council: null }));
    expect(text).toContain('ПРОТОКОЛ №\u00a0_____');
    expect(text).toContain('заседания педагогического совета');
    expect(text).toContain('Председатель: Костерина\u00a0М.\u00a0В.');
    expect(text).toContain('Присутствовали: _____ чел.');
    // Nothing of the banks was true yet on the meeting's date, so nothing of them is stated.
    expect(text).not.toMatch(/в банке наставников|пар и групп/);
    expect(text).toContain('«за» — _____, «против» — _____, «воздержались» — _____.');
    expect(text).not.toContain('Лист регистрации');
  });

  it('uses what the coordinator typed word for word, line by line per agenda item', () => {
    const typed = { ...event, agenda: '1. О наставничестве\n2) Разное', heard: 'Директора школы', decisions: '+принять\nотложить', chair: 'Костерина М.В.', votes: 'единогласно', presentCount: 40 };
    const text = documentText(protocolDocument({ settings, event: typed, facts, present: [{ fullName: 'Петрова Анна Ивановна', role: 'наставник' }], absent: [], council: null }));
    expect(text).toContain('О наставничестве\nРазное');
    expect(text).toContain('1. СЛУШАЛИ: Директора школы');
    expect(text).toContain('2. СЛУШАЛИ: _____');
    expect(text).toContain('РЕШИЛИ: +принять');
    expect(text).toContain('РЕШИЛИ: отложить');
    expect(text).toContain('Председатель _____ М.\u00a0В.\u00a0Костерина');
    expect(text).toContain('Присутствовали: 40 чел.');
    expect(text).toContain('ГОЛОСОВАЛИ: единогласно');
    expect(text).toContain('Лист регистрации');
    expect(text).toContain('Петрова\u00a0А.\u00a0И.');
  });
});
