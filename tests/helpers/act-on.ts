import { act } from 'react';

const actFlag = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

/** Runs a state update and React's work for it, as the event loop would between two keys. */
export async function actOn(update: () => void): Promise<void> {
  actFlag.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => update());
  } finally {
    actFlag.IS_REACT_ACT_ENVIRONMENT = false;
  }
}
