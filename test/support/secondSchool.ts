/**
 * The second school the documents are checked against (another year, after ТК РФ ст. 351.8 and the separate-consent
 * rule, other staff): its identity as the set-up dialog holds it. Each test adds the «Настройки» rows it needs.
 */
import type { ProgrammeSettings } from '../../src/domain/programme';

export const LYCEUM_SETTINGS: ProgrammeSettings = {
  schoolFullName: 'Муниципальное автономное общеобразовательное учреждение «Лицей № 2» города Энска',
  schoolShortName: 'МАОУ Лицей № 2',
  directorName: 'Алиев Рашид Гусейн оглы',
  orderNumber: '12-од',
  orderDate: '2025-08-28',
  schoolYearStart: 2025,
  coordinatorName: 'Римская-Корсакова Анна Ильинична',
};
