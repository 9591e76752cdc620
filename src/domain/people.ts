/** Mentors and mentees as the matching sees them, read from the banks. */
export interface Person {
  readonly id: string;
  readonly fullName: string;
  readonly email: string;
  readonly subject: string;
  /** Years of teaching experience; null when unknown. */
  readonly experience: number | null;
  readonly forms: readonly string[];
  readonly times: readonly string[];
  readonly consent: boolean;
  readonly status: string;
}

export interface Mentee extends Person {
  readonly category: string;
  readonly requests: readonly string[];
}

export interface Mentor extends Person {
  readonly qualification: string;
  readonly competences: readonly string[];
  /** How many mentees the mentor can take. */
  readonly capacity: number;
  readonly trained: boolean;
}

export const SUPPORT_STATUS = 'поддержка, поиск наставника';
