import { UpdateAgendaItemDocument } from '@elinvoima/graphql';
import { request } from '../support/graphql.js';
import type { EditTarget } from '../fixtures.js';
import type { BenchPath } from './path.js';

const EDITED = '\n\nTäydennetty kokouksen valmistelussa.';

/** Items no visit is saving right now: two saves of one item at once would only measure conflicts. */
let free: EditTarget[] = [];

/**
 * The secretary saves an agenda item of an upcoming draft with every field of the form, as the
 * client does, with the version they last saw. Each visit takes an item nobody is saving at that
 * moment and puts it back with the version the save returned, so a conflict is an error here.
 */
export const saveAgendaItem: BenchPath = {
  id: 'save-agenda-item',
  title: 'Save an agenda item (version check)',
  kind: 'write',
  steps: 1,
  prepare(fixtures) {
    free = [...fixtures.edits];
  },
  visit(fixtures, _n, state) {
    const edit = free.shift();
    if (!edit) throw new Error(`more concurrent saves than the ${fixtures.edits.length} items of upcoming drafts`);
    state.edit = edit;
    const version = edit.version;
    // Alternates between two texts, so the item does not grow however long the run.
    const description = version % 2 ? `${edit.fields.description}${EDITED}` : edit.fields.description;
    return {
      token: edit.token,
      requests: [request(UpdateAgendaItemDocument, { input: { ...edit.fields, description, id: edit.id, version } })],
    };
  },
  answered(state, _status, body) {
    const edit = state.edit as EditTarget;
    const answer = JSON.parse(body) as {
      data?: { updateAgendaItem?: { version: number } };
      errors?: { extensions?: { currentVersion?: number } }[];
    };
    // After a conflict the client reloads: the error carries the current version.
    const version = answer.data?.updateAgendaItem?.version ?? answer.errors?.[0]?.extensions?.currentVersion;
    if (version) edit.version = version;
    free.push(edit);
  },
};
