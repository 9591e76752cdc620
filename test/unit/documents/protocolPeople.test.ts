/**
 * The people of a protocol: «СЛУШАЛИ:» takes the speaker in the accusative («Римскую-Корсакову А. И., куратора
 * программы наставничества, о …»); a namesake among those present is told apart by the full name; a council's
 * registration list carries no programme roles (it meets before anyone is a mentor or a mentee).
 * Built on the second school (МАОУ Лицей № 2, 2025–2026).
 */
import { withDocumentDefaults } from '../../../src/domain/documents/inputs';
import { documentText } from '../../../src/domain/documents/model';
import { type EventFacts, type ProtocolInput, protocolDocument } from '../../../src/domain/documents/protocol';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';

const council: EventFacts = {
  id: 'М-011', date: '2025-08-27', kind: 'педагогический совет', title: 'Педагогический совет', audience: 'педагогические работники',
  place: 'кабинет 12', number: '', chair: '', secretary: '', agenda: '', heard: '', speakers: '', decisions: '', votes: '', presentCount: null, absentCount: null, hours: null, form: '',
};
const input = (over: Partial<ProtocolInput> = {}, event: Partial<EventFacts> = {}): ProtocolInput => ({
  settings: LYCEUM_SETTINGS,
  event: { ...council, ...event },
  facts: { stageNumber: '2', stageTitle: 'Педагогический совет', roadmapStages: 9, pairs: null, trainedMentors: null },
  present: [],
  absent: [],
  council: null,
  ...over,
});
const text = (i: ProtocolInput) => documentText(protocolDocument(i)).replace(/\u00a0/g, ' ');

describe('the people of a protocol', () => {
  it('hears the curator in the accusative, her title set off by commas — «куратор» only once the order appoints her', () => {
    // 12.11.2025, after the order of 28.08.2025 that appoints her.
    expect(text(input({}, { date: '2025-11-12' }))).toContain('СЛУШАЛИ: Римскую-Корсакову А. И., куратора программы наставничества, о программе');
    // 27.08.2025, the day before: by her position, or by name alone when «Настройки» gives none.
    const deputy = withDocumentDefaults(LYCEUM_SETTINGS, { coordinatorPosition: 'заместитель директора по УВР' });
    expect(text(input({ settings: deputy }))).toContain('СЛУШАЛИ: Римскую-Корсакову А. И., заместителя директора по УВР, о проектах');
    expect(text(input())).toContain('СЛУШАЛИ: Римскую-Корсакову А. И. о проектах');
    expect(text(input())).not.toContain('куратора программы наставничества');
  });

  it('tells the roadmap’s stages in a sentence, not as working notes', () => {
    expect(text(input())).toContain('(она включает 9 этапов; мероприятие проводится в рамках этапа 2 «Педагогический совет»)');
    expect(text(input())).not.toContain('(9 этапов;');
  });

  it('names the curator in full when someone present shares her surname and initials, and lists both apart', () => {
    const namesake = { fullName: 'Римская-Корсакова Алла Игоревна', role: 'наставляемый' };
    const t = text(input({ present: [namesake, { fullName: 'Петров Иван Ильич', role: 'наставник' }] }));
    expect(t).toContain('СЛУШАЛИ: Римскую-Корсакову Анну Ильиничну о проектах');
    expect(t).toContain('Римская-Корсакова Алла Игоревна');
    expect(t).toContain('Петров И. И.');
  });

  it('lists the council’s staff without programme roles; a mentors’ session lists them by role', () => {
    const present = [{ fullName: 'Петров Иван Ильич', role: 'наставник' }];
    const councilList = text(input({ present }));
    expect(councilList).toContain('Лист регистрации');
    expect(councilList).not.toContain('Участие');
    expect(councilList).not.toMatch(/Петров И\. И\.\s*наставник/);
    const session = text(input({ present }, { kind: 'установочная сессия наставников', date: '2025-09-18' }));
    expect(session).toMatch(/Участие/);
    expect(session).toMatch(/Петров И\. И\.\s*наставник/);
  });
});
