import type { CollectionsDb } from '../lib/collections-db-connection';
import { useAppStore } from './store';

/**
 * The other tabs of the explorer, told of each change this tab stores; each reads the change back
 * from the database (a message names a collection, it does not carry it).
 */
const CHANNEL_NAME = 'sora-explorer:collections';
type Message = { kind: 'put'; id: string } | { kind: 'remove'; id: string } | { kind: 'clear' };

let channel: BroadcastChannel | null = null;

const store = () => useAppStore.getState();
export const announce = (message: Message) => channel?.postMessage(message);

async function receive(db: CollectionsDb, message: Message) {
  if (message.kind === 'clear') store().receiveCollections({ clearKept: true });
  else if (message.kind === 'remove') store().receiveCollections({ remove: [message.id] });
  else {
    const value = await db.read(message.id);
    if (value === undefined) {
      store().receiveCollections({ remove: [message.id] });
      return;
    }
    const { checkCollection } = await import('../lib/saved-collections');
    const { collection } = await checkCollection(value);
    store().receiveCollections(collection ? { put: [collection] } : { remove: [message.id] });
  }
}

/** Follows what the other tabs store (in browsers that have BroadcastChannel). */
export function listenToOtherTabs(db: CollectionsDb) {
  if (typeof BroadcastChannel !== 'function') return;
  channel = new BroadcastChannel(CHANNEL_NAME);
  // A message that cannot be followed (a read refused) leaves this tab as it was until a reload.
  channel.onmessage = (event: MessageEvent<Message>) =>
    void receive(db, event.data).catch(() => undefined);
}

export function closeChannel() {
  channel?.close();
  channel = null;
}
