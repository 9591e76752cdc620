/**
 * The documents' settings in «Настройки»: how a pair's people get access to their programme, and whether
 * Drive e-mails them about it. Set-up adds the rows once; an unreadable value falls back to the default.
 */
import { DOCUMENT_TEXT_KEYS } from '../../domain/documents/inputs';
import type { ShareRole } from '../ports';

export const SHARE_ROLE_KEY = 'documents.shareRole';
export const NOTIFY_KEY = 'documents.notify';

export function documentSettingsRows(): { key: string; label: string; value: string }[] {
  return [
    { key: SHARE_ROLE_KEY, label: 'Документы: доступ участников пары к их программе (редактор / комментатор)', value: 'комментатор' },
    { key: NOTIFY_KEY, label: 'Документы: письмо участникам при открытии доступа (да/нет)', value: 'нет' },
    // What the documents' texts need beyond the set-up dialog; a blank row leaves a blank to fill in by hand.
    { key: DOCUMENT_TEXT_KEYS.place, label: 'Документы: место составления (например, «г. Энск»)', value: '' },
    { key: DOCUMENT_TEXT_KEYS.coordinatorPosition, label: 'Документы: должность куратора (например, «заместитель директора по УВР»)', value: '' },
    { key: DOCUMENT_TEXT_KEYS.pay, label: 'Документы: доплата наставнику — рублей в месяц («3000») или процент оклада («10 %»)', value: '' },
    { key: DOCUMENT_TEXT_KEYS.paySource, label: 'Документы: основание доплаты (Положение об оплате труда или коллективный договор)', value: '' },
    { key: DOCUMENT_TEXT_KEYS.council, label: 'Документы: протокол педагогического совета, принявшего Положение («30.08.2022 № 1»)', value: '' },
    { key: DOCUMENT_TEXT_KEYS.union, label: 'Документы: при принятии Положения учтено мнение профсоюзного комитета — протокол профкома («29.08.2022 № 3»), «да» или «нет»', value: 'нет' },
    { key: DOCUMENT_TEXT_KEYS.phone, label: 'Документы: телефон исполнителя в приказах', value: '' },
    // The operator's requisites in the paper consents to personal-data processing (152-ФЗ ст. 9 ч. 4).
    { key: DOCUMENT_TEXT_KEYS.schoolAddress, label: 'Документы: адрес школы (для согласий на обработку персональных данных)', value: '' },
    { key: DOCUMENT_TEXT_KEYS.inn, label: 'Документы: ИНН школы', value: '' },
    { key: DOCUMENT_TEXT_KEYS.ogrn, label: 'Документы: ОГРН школы', value: '' },
    { key: DOCUMENT_TEXT_KEYS.website, label: 'Документы: адрес сайта школы (где публикуются сведения о программе)', value: '' },
  ];
}

export interface DocumentOptions {
  readonly shareRole: ShareRole;
  readonly notify: boolean;
}

export function documentOptions(values: ReadonlyMap<string, string>): DocumentOptions {
  const role = (values.get(SHARE_ROLE_KEY) ?? '').trim().toLowerCase();
  const notify = (values.get(NOTIFY_KEY) ?? '').trim().toLowerCase();
  return { shareRole: role === 'редактор' ? 'writer' : 'commenter', notify: ['да', 'true', '1', 'истина'].includes(notify) };
}
