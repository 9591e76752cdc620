/**
 * The documents' settings in «Настройки»: how a pair's people get access to their programme, and whether
 * Drive e-mails them about it. Set-up adds the rows once; an unreadable value falls back to the default.
 */
import type { ShareRole } from '../ports';

export const SHARE_ROLE_KEY = 'documents.shareRole';
export const NOTIFY_KEY = 'documents.notify';

export function documentSettingsRows(): { key: string; label: string; value: string }[] {
  return [
    { key: SHARE_ROLE_KEY, label: 'Документы: доступ участников пары к их программе (редактор / комментатор)', value: 'комментатор' },
    { key: NOTIFY_KEY, label: 'Документы: письмо участникам при открытии доступа (да/нет)', value: 'нет' },
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
