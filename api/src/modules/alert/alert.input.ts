import { z } from 'zod';
import { requiredText } from '../../validation';
import { SUBSCRIBABLE_ALERT_EVENTS } from './alert.model';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const urlSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine(isHttpUrl, 'must be an http or https URL');

const eventsSchema = z
  .array(z.enum(SUBSCRIBABLE_ALERT_EVENTS, { error: `must be one of ${SUBSCRIBABLE_ALERT_EVENTS.join(', ')}` }))
  .min(1, 'must name at least one event')
  // Each event once is all that means anything; a long list of repeats is refused, not read.
  .max(SUBSCRIBABLE_ALERT_EVENTS.length, `must name at most ${SUBSCRIBABLE_ALERT_EVENTS.length} events`)
  .transform((events) => [...new Set(events)]);

export const alertEndpointAddSchema = z.object({
  kind: z.enum(['STANDARD_WEBHOOK', 'SLACK']),
  name: requiredText(120),
  url: urlSchema,
  events: eventsSchema,
  enabled: z
    .boolean()
    .nullish()
    .transform((enabled) => enabled ?? true),
});

/** Absent or null: keep what is stored (none of these can be unset). */
export const alertEndpointUpdateSchema = z.object({
  id: z.string(),
  name: requiredText(120).nullish(),
  url: urlSchema.nullish(),
  events: eventsSchema.nullish(),
  enabled: z.boolean().nullish(),
});

export const alertEndpointIdSchema = z.object({ id: z.string() });
