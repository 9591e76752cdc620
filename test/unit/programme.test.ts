import { SEED_SCHOOL } from '../../scripts/demoSchool';
import { requireSettings, settingsFromRows, settingsToRows, validateSettings } from '../../src/domain/programme';

describe('programme settings', () => {
  it('accepts the seed school and normalises spaces', () => {
    const result = validateSettings({ ...SEED_SCHOOL.settings, schoolShortName: '  МБОУ   СОШ № 13 ' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toEqual({
      schoolFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 13»',
      schoolShortName: 'МБОУ СОШ № 13',
      directorName: 'Костерина Марина Владимировна',
      orderNumber: '384/2-о',
      orderDate: '2022-09-01',
      schoolYearStart: 2022,
      coordinatorName: 'Соколова Елена Андреевна',
    });
  });

  it('names each bad field with a Russian message', () => {
    const result = validateSettings({ directorName: 'Ivanov', orderDate: '31.02.2022', schoolYear: '2022-2024', orderNumber: '<b>1</b>' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ['coordinatorName', 'directorName', 'orderDate', 'orderNumber', 'schoolFullName', 'schoolShortName', 'schoolYear'].sort(),
    );
    expect(result.errors.orderDate).toContain('ДД.ММ.ГГГГ');
  });

  it('accepts double surnames and ё, refuses a lone surname', () => {
    const base = SEED_SCHOOL.settings;
    expect(validateSettings({ ...base, directorName: 'Петрова-Водкина Алёна Сергеевна' }).ok).toBe(true);
    expect(validateSettings({ ...base, directorName: 'Петрова' }).ok).toBe(false);
  });

  it('refuses an order date far from the school year', () => {
    const result = validateSettings({ ...SEED_SCHOOL.settings, orderDate: '01.09.2019' });
    expect(result.ok).toBe(false);
  });

  it('round-trips through the «Настройки» rows', () => {
    const result = validateSettings(SEED_SCHOOL.settings);
    if (!result.ok) throw new Error('seed settings must be valid');
    const rows = settingsToRows(result.settings);
    expect(rows.find((r) => r.key === 'orderDate')?.value).toBe('01.09.2022');
    expect(settingsFromRows(new Map(rows.map((r) => [r.key, r.value])))).toEqual(result.settings);
  });
});

describe('names as people write them, and settings broken by hand', () => {
  const base = {
    schoolFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 13»',
    schoolShortName: 'МБОУ СОШ № 13',
    directorName: 'Костерина Марина Владимировна',
    orderNumber: '384/2-о',
    orderDate: '29.08.2022',
    schoolYear: '2022-2023',
    coordinatorName: 'Соколова Елена Андреевна',
  };

  it.each(["Д'Анжело Мария Петровна", 'Д’Анжело Мария Петровна', 'Салтыков-Щедрин Михаил Евграфович', 'Мамедов Рашид Гусейн оглы', 'Ким Ен Ир', 'Ёлкина Алёна Сергеевна'])(
    'accepts «%s»',
    (name) => {
      expect(validateSettings({ ...base, directorName: name, coordinatorName: name }).ok).toBe(true);
    },
  );

  it.each(['Иванов', 'Иванов И. И.', 'иванов иван', "Д' Анжело Мария", '=HYPERLINK("x")', 'Ivanov Ivan'])('refuses «%s»', (name) => {
    expect(validateSettings({ ...base, directorName: name }).ok).toBe(false);
  });

  it('names each wrong row of «Настройки», as the coordinator sees it', () => {
    const rows = new Map(Object.entries({ ...base, directorName: 'Костерина', schoolYear: '2022' }));
    expect(() => requireSettings(rows)).toThrow(/строка «Директор \(ФИО\)»: Укажите ФИО директора[\s\S]*строка «Учебный год»/);
  });

  it('asks to set the programme up when «Настройки» is empty', () => {
    expect(() => requireSettings(new Map())).toThrow('Сначала настройте программу');
  });
});
