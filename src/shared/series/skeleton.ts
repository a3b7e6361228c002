import { z } from 'zod';
import { newId } from '../ids';
import type { AgendaItem } from '../meeting/schema';

/** The agenda a group's meetings usually start from: titles only ("Update from the Secretariat", "AoB"). */
export const skeletonSubItemSchema = z.strictObject({ title: z.string().min(1).max(2000) });
export const skeletonItemSchema = skeletonSubItemSchema.extend({ children: z.array(skeletonSubItemSchema).max(100).default([]) });
export const agendaSkeletonSchema = z.array(skeletonItemSchema).max(500);

export type SkeletonItem = z.infer<typeof skeletonItemSchema>;

/** Agenda items with fresh ids from a skeleton. */
export function agendaFromSkeleton(skeleton: readonly SkeletonItem[]): AgendaItem[] {
  return skeleton.map((item) => ({
    id: newId('i'), title: item.title, presenterIds: [],
    children: item.children.map((child) => ({ id: newId('s'), title: child.title, presenterIds: [] })),
  }));
}

/** The skeleton of an agenda: its titles, nothing meeting-specific. */
export function skeletonOf(agenda: readonly AgendaItem[]): SkeletonItem[] {
  return agenda.filter((item) => item.title.trim() !== '').map((item) => ({
    title: item.title.trim(),
    children: item.children.filter((child) => child.title.trim() !== '').map((child) => ({ title: child.title.trim() })),
  }));
}

/** One item a line, sub-items indented: how the profile editor shows a skeleton. */
export function skeletonToText(skeleton: readonly SkeletonItem[]): string {
  return skeleton.flatMap((item) => [item.title, ...item.children.map((child) => `  ${child.title}`)]).join('\n');
}

export function skeletonFromText(text: string): SkeletonItem[] {
  const items: SkeletonItem[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const title = line.trim().slice(0, 2000);
    if (title === '') continue;
    const parent = items.at(-1);
    if (/^\s/u.test(line) && parent) parent.children.push({ title });
    else items.push({ title, children: [] });
  }
  return items;
}
