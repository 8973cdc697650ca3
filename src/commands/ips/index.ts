// /ips: help, the caller's own view, the team's digests and settings. Each
// action lives in its own module and is listed here once.
import { defineCommand } from '../action.js';
import { overview } from '../help.js';
import { nothing } from '../input-fields.js';
import { agenda, agendaPost } from './agenda.js';
import { away, back } from './away.js';
import { exportFiles } from './export.js';
import { fidelity, fidelityConfirm, fidelityExport, fidelityScore } from './fidelity.js';
import { actionDone, actionList, actionPlan } from './actions.js';
import { idea, learning, meetingExport, target } from './meeting.js';
import { me } from './me.js';
import { mdt, supervisionField, supervisionGroup } from './supervision.js';
import { nudges } from './nudges.js';
import { channelBind, staffLink } from './roster-admin.js';
import { refs, rename } from './refs.js';
import { summary } from './summary.js';
import { week } from './week.js';

export const ips = defineCommand('ips', 'Help, your week, and team settings', (action) => [
  action({
    words: '',
    summary: 'what you can do with the bot',
    usage: '/ips',
    examples: ['/ips'],
    roles: ['specialist', 'supervisor', 'clinician', 'admin'],
    input: nothing,
    run: (ctx) => Promise.resolve({ kind: 'message', message: overview(ctx.registry, ctx.caller.role) }),
  }),
  action(me),
  action(away),
  action(back),
  action(agenda),
  action(agendaPost),
  action(summary),
  action(week),
  action(exportFiles),
  action(fidelity),
  action(fidelityScore),
  action(fidelityConfirm),
  action(fidelityExport),
  action(actionPlan),
  action(actionList),
  action(actionDone),
  action(idea),
  action(learning),
  action(target),
  action(meetingExport),
  action(supervisionGroup),
  action(supervisionField),
  action(mdt),
  action(nudges),
  action(staffLink),
  action(channelBind),
  action(refs),
  action(rename),
]);
