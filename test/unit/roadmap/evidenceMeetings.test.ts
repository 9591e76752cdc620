/** Stage 8's evidence counts the pairs that have met and those flagged as stalled (the pairs' meeting columns). */
import { evidenceText, type ProgrammeFacts, stageEvidence } from '../../../src/domain/roadmap/evidence';

const base: ProgrammeFacts = {
  documents: [],
  sitePdfs: [],
  forms: [],
  events: [],
  mentees: 3,
  mentors: 2,
  trainedMentorIds: [],
  selectionRows: 3,
  pairs: [],
  waitingMentees: 0,
};

describe('stage 8 with meetings', () => {
  it('says how many active pairs have met and which stalled', () => {
    const facts: ProgrammeFacts = {
      ...base,
      pairs: [
        { id: 'P1', status: 'действует', mentorId: 'M1', programme: 'https://docs.google.com/document/d/p1/edit', meetings: 3, attention: '' },
        { id: 'P2', status: 'действует', mentorId: 'M2', programme: 'https://docs.google.com/document/d/p2/edit', meetings: 0, attention: 'Нет первой встречи: 20 дн.' },
        { id: 'P3', status: 'завершена', mentorId: 'M2', programme: '', meetings: 5, attention: '' },
      ],
    };
    const evidence = stageEvidence('pairs', '8', facts);
    expect(evidenceText(evidence.lines)).toContain('Встречи проведены в 1 из 2 пар (групп); требуют внимания (нет встреч): P2');
    expect(evidence.missing).toContain('нет встреч в паре (группе) P2');
    expect(evidence.level).toBe('complete');
  });

  it('no stall: nothing missing, and pairs with no meeting columns (an older sheet) count as not met', () => {
    const facts: ProgrammeFacts = { ...base, pairs: [{ id: 'P1', status: 'действует', mentorId: 'M1', programme: 'x' }] };
    const evidence = stageEvidence('pairs', '8', facts);
    expect(evidenceText(evidence.lines)).toContain('Встреч в парах (группах) пока не было');
    expect(evidence.missing).toEqual([]);
  });
});
