import type { AgendaItem, Answer, Attendance, Delegate, Election, Meeting, Motion } from '../../protocol/model.ts';
import type { ResultLocale } from '../votes/locale.ts';

/** What the minutes are made from: the store's records of one meeting, read at one moment. */

/** One delegate who voted in a vote (a motion, or one election round), as the ballot box lists them. */
export interface MinutesVoter {
  delegateId: string;
  fullName: string;
  seat: string;
  paper: boolean;
  /** A closed named motion's answer; null otherwise (never for a secret ballot). */
  answer?: Answer | null;
  /** A closed named election round's ballot, candidate id → keep or strike; null otherwise. */
  marks?: Readonly<Record<string, 'keep' | 'strike'>> | null;
}

/** A request to speak, from the speaker queue. */
export interface MinutesSpeech {
  delegateId: string;
  itemId: string | null;
  kind: 'speech' | 'pointOfOrder';
  status: 'waiting' | 'speaking' | 'done' | 'withdrawn';
  requestedAt: string;
  startedAt: string | null;
  endedAt: string | null;
}

/** Time spent on an agenda item: the seconds of its finished stretches as the current item, and since when it is current again (null: it is not). */
export interface MinutesItemTime {
  itemId: string;
  spentSeconds: number;
  since: string | null;
}

export interface MinutesSource {
  meeting: Meeting;
  /** When the meeting was published (its start for the record), and ended; from the audit log. */
  publishedAt: string | null;
  endedAt: string | null;
  agenda: readonly AgendaItem[];
  delegates: readonly Delegate[];
  attendance: readonly Attendance[];
  motions: readonly { motion: Motion; voters: readonly MinutesVoter[] }[];
  /** Each election with its rounds' voters, by round number. */
  elections: readonly { election: Election; voters: Readonly<Record<number, readonly MinutesVoter[]>> }[];
  speeches: readonly MinutesSpeech[];
  itemTimes: readonly MinutesItemTime[];
  /** The audit log's newest entry: its number and hash. */
  auditHead: { seq: number; hash: string } | null;
}

/** Which header the document carries (docs/minutes.md): a state body's national motto, or the Party's name. */
export type MinutesHeaderKind = 'state' | 'party';

export interface MinutesOptions {
  lang: ResultLocale;
  header: MinutesHeaderKind;
  /** The issuing body's name, for the header's left column ("ĐẢNG ỦY XÃ …", "HĐND TỈNH …"); may be empty. */
  body: string;
  /** The place name of the date line (Decree 30's "địa danh": where the body sits, e.g. "Hà Nội"); may be empty. */
  locality: string;
  /** The room's time zone, e.g. "Asia/Ho_Chi_Minh". */
  timeZone: string;
  /** When the minutes are made (the place-and-date line, and the end of a stretch still running). */
  madeAt: string;
}
