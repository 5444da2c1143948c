// The building blocks every domain's types are made of; they import nothing of the protocol.
import { z } from 'zod';

/** Ids are short, URL-safe strings chosen by the hub (or by the secretariat for meetings). */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, _ and - are allowed')
  .meta({ id: 'Id' });
export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256 (64 characters)')
  .meta({ id: 'Sha256' });
/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();
/** An instant, ISO 8601 with offset (the hub writes UTC). */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const text = (max: number) => z.string().trim().max(max);
export const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
