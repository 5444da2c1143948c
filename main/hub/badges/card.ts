/** Everything printed on one delegate's badge. The token and short code come from the hub's badge issuer. */
export interface BadgeCard {
  meetingTitle: string;
  /** YYYY-MM-DD */
  meetingDate: string;
  fullName: string;
  title: string;
  /** Organisation or delegation. */
  organisation: string;
  seat: string;
  /** What the QR code holds (see shared/domain/badge-token.ts), under 120 characters. */
  token: string;
  /** Printed under the QR for typing by hand, e.g. "K7QM-2XHP". */
  shortCode: string;
  serial: number;
}
