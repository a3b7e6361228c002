import { useMemo, useState } from 'react';
import { getCommand, shortcutFor, type CommandId } from '../../../shared/commands/registry';
import type { Participant } from '../../../shared/meeting/schema';
import { chordDigitsById } from '../../../shared/names/speakerChords';
import { tallyWhoSpoke } from '../../../shared/names/whoSpoke';
import { attributeToParticipant } from '../../commands/speakerCommands';
import { useMentionIndexStore } from '../../editor/mentions/mentionIndexStore';
import { useMeetingStore } from '../../store/meetingStore';
import { addParticipant, moveParticipant, setModerator, updateParticipant } from '../../store/participantActions';
import { useUiStore } from '../../store/uiStore';
import { DeleteParticipantDialog } from './DeleteParticipantDialog';
import { NamingRuleSelect } from './NamingRuleSelect';
import { deleteParticipantEverywhere, mentionCountOf } from './participantCommands';
import { formValuesOf, ParticipantForm, participantPatchFrom, type ParticipantFormValues } from './ParticipantForm';
import { ParticipantRow, type ParticipantRowActions } from './ParticipantRow';
import { WhoSpoke } from './WhoSpoke';

const NEW = 'new';

interface PendingDelete { participant: Participant; mentionCount: number }

function saveForm(id: string | typeof NEW, values: ParticipantFormValues): void {
  const patch = participantPatchFrom(values);
  const participantId = id === NEW ? addParticipant(patch).id : id;
  if (id !== NEW) updateParticipant(id, patch);
  const moderates = useMeetingStore.getState().meeting.metadata.moderatorIds.includes(participantId);
  if (moderates !== values.moderates) setModerator(participantId, values.moderates);
}

function PanelHeader({ count, readOnly, onAdd }: { count: number; readOnly: boolean; onAdd(): void }) {
  const openDialog = useUiStore((state) => state.openDialog);
  return (
    <div className="participants-panel__header">
      <h2 className="panel-title">Participants ({count})</h2>
      {readOnly ? null : (
        <span className="participants-panel__buttons">
          <button type="button" className="toolbar-button" onClick={onAdd}>+ Add</button>
          <button type="button" className="toolbar-button" onClick={() => openDialog({ kind: 'pasteParticipants' })}>Paste list</button>
          <button type="button" className="toolbar-button" onClick={() => openDialog({ kind: 'importAttendance' })}>Import attendance</button>
        </span>
      )}
    </div>
  );
}

/** The participants as speaker buttons: a click (or the [n] chord) starts a statement by that person. */
export function ParticipantsPanel() {
  const participants = useMeetingStore((state) => state.meeting.participants);
  const agenda = useMeetingStore((state) => state.meeting.agenda);
  const moderatorIds = useMeetingStore((state) => state.meeting.metadata.moderatorIds);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const platform = useMeetingStore((state) => state.platform);
  const mentions = useMentionIndexStore((state) => state.mentions);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const chords = useMemo(() => chordDigitsById(participants), [participants]);
  const tally = useMemo(() => tallyWhoSpoke(mentions), [mentions]);

  // One object for every row and render (setters are stable), so a row re-renders only when its own props change.
  const rowActions = useMemo<ParticipantRowActions>(() => ({
    attribute: attributeToParticipant,
    edit: setEditingId,
    remove: (participant) => {
      const mentionCount = mentionCountOf(participant.id);
      if (mentionCount === 0) deleteParticipantEverywhere(participant.id);
      else setPendingDelete({ participant, mentionCount });
    },
    move: moveParticipant,
  }), []);
  const chordShortcuts = useMemo(() => new Map([...chords].map(([id, digit]) => [id, shortcutFor(getCommand(`insert.speaker${digit}` as CommandId), platform)])), [chords, platform]);
  const listActions = (participant: Participant) => (
    <>
      <button type="button" className="toolbar-button" onClick={() => moveParticipant(participant.id, -1)}>Move up</button>
      <button type="button" className="toolbar-button" onClick={() => moveParticipant(participant.id, 1)}>Move down</button>
      <button type="button" className="toolbar-button" onClick={() => { setEditingId(null); rowActions.remove(participant); }}>Delete…</button>
    </>
  );
  const form = (participant: Participant | undefined, id: string) => (
    <ParticipantForm initial={formValuesOf(participant, moderatorIds.includes(id))} title={participant ? `Edit ${participant.fullName}` : 'New participant'}
      listActions={participant ? listActions(participant) : undefined}
      onSave={(values) => { saveForm(id, values); setEditingId(null); }} onCancel={() => setEditingId(null)} />
  );

  return (
    <section className="participants-panel" aria-label="Participants">
      <PanelHeader count={participants.length} readOnly={readOnly} onAdd={() => setEditingId(NEW)} />
      {editingId === NEW ? form(undefined, NEW) : null}
      {participants.length === 0 ? (
        <p className="panel-empty">No participants yet. Add them, paste the list from the last report, or import an attendance report.</p>
      ) : (
        <ul className="participants-panel__list" aria-label="Speakers">
          {participants.map((participant) => (editingId === participant.id ? (
            <li key={participant.id} className="participant-row">{form(participant, participant.id)}</li>
          ) : (
            <ParticipantRow key={participant.id} participant={participant} chordDigit={chords.get(participant.id)} chordShortcut={chordShortcuts.get(participant.id)}
              spokeCount={tally.total.get(participant.id) ?? 0} readOnly={readOnly} actions={rowActions} />
          )))}
        </ul>
      )}
      <WhoSpoke tally={tally} participants={participants} agenda={agenda} />
      <NamingRuleSelect />
      {pendingDelete ? (
        <DeleteParticipantDialog name={pendingDelete.participant.fullName} mentionCount={pendingDelete.mentionCount}
          onConfirm={() => { deleteParticipantEverywhere(pendingDelete.participant.id); setPendingDelete(null); }}
          onCancel={() => setPendingDelete(null)} />
      ) : null}
    </section>
  );
}
