/**
 * The training plan's rules for every school (a director-eye review of the demo's «План обучения наставников»):
 * training is shown as done only with its basis — the plan's own rule asks for the certificate — by the same rule
 * «Учесть обучение наставников» counts it; and the plan carries the director's approval like the other documents.
 * Built on the second school (МАОУ Лицей № 2, 2025-2026), not the demo's.
 */
import { documentText } from '../../../src/domain/documents/model';
import { trainingPlanDocument } from '../../../src/domain/documents/trainingPlan';
import { NO_BASIS, shownBasis, trainingOf } from '../../../src/domain/events/training';
import { LYCEUM_SETTINGS } from '../../support/secondSchool';

describe('the training plan', () => {
  const sessions = [{ id: 'М-014', title: 'Установочная сессия 1: роль наставника', date: '2025-09-18', hours: 2, form: 'лекция', status: 'проведено' }];
  const plan = (basis: string, attended: string[]) =>
    documentText(trainingPlanDocument({ settings: LYCEUM_SETTINGS, sessions, mentors: [{ fullName: 'Кузьмина Ольга Сергеевна', attended, trained: true, basis }], rule: 'посещены все проведённые установочные сессии' }));

  it('shows training as done only with its basis: a tick without one leaves the certificate for the curator to write in', () => {
    expect(plan('', []).replace(/\u00a0/g, ' ')).toContain('да\tудостоверение № _____ от _____');
    expect(plan('', [])).toContain('из них удостоверение вписывается вручную: 1');
    expect(plan('', [])).not.toContain(NO_BASIS);
    expect(plan('КПК «Наставничество», удостоверение № 7701', [])).toContain('да\tКПК «Наставничество», удостоверение №');
    expect(plan('', [])).not.toMatch(/да\t?$/m);
  });

  it('the basis it shows follows the add-on’s rule: the coordinator’s tick stays, attendance that meets the rule is its basis', () => {
    const held = [{ id: 'М-014', hours: 2 }];
    const done = trainingOf({ kind: 'all' }, held, new Set(['М-014']));
    const none = trainingOf({ kind: 'all' }, held, new Set());
    expect(shownBasis({ trained: true, basis: '' }, done)).toBe('по посещению: 1 из 1 установочных сессий, 2 ч');
    expect(shownBasis({ trained: true, basis: '' }, none)).toBe(NO_BASIS);
    expect(shownBasis({ trained: false, basis: '' }, none)).toBe('');
  });

  it('carries the director’s approval, as the other documents the director signs do', () => {
    expect(plan('', []).split('\n').slice(0, 3).join('\n')).toMatch(/^УТВЕРЖДАЮ\nДиректор МАОУ Лицей №\u00a02 _____ Р\.\u00a0Г\.\u00a0Алиев\n«_____» __________ 2025 г\.$/);
  });
});
