import { useEffect } from 'react';
import { FILE_EXTENSION } from '../../shared/meeting/fileFormat';
import { getBridge } from '../bridge';
import { applyOpenResult } from '../commands/fileCommands';

function droppedMeeting(event: DragEvent): File | undefined {
  const files = Array.from(event.dataTransfer?.files ?? []);
  return files.find((file) => file.name.toLowerCase().endsWith(FILE_EXTENSION));
}

/**
 * A meeting file dropped anywhere on the window opens it (main checks the file
 * before reading it). Other drops — text into the notes, an attendance report
 * onto the participants — are left to whatever is under the pointer.
 */
export function useDropToOpen(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = droppedMeeting(event);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      void getBridge().openDroppedMeeting(file).then(applyOpenResult);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop, { capture: true });
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop, { capture: true });
    };
  }, []);
}
