import type { Handler } from '../context.ts';
import signIn from './sign-in.ts';
import resume from './resume.ts';
import signOut from './sign-out.ts';
import badgeSignIn from './badge-sign-in.ts';

/** The session domain's handlers, one per command declared in shared/protocol/commands/session.ts. */
export const SESSION_HANDLERS = [signIn, resume, signOut, badgeSignIn] as Handler[];
