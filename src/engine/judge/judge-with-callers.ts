import { ts } from '../ast/typescript.js';
import { callSitesOf } from '../resolve/call-sites.js';
import type { AnalysisContext } from '../ast/context.js';
import type { Leak } from './judge-url.js';
import { instantiate } from '../evaluate/summaries.js';
import { evaluate } from '../evaluate/evaluate.js';
import { parseUrl, spellOut } from './url-parts.js';
import { childrenOf, type Value } from '../evaluate/value.js';

/** How many callers up a sink's argument is followed (`connect(url)` ← `open(token)` ← `start()`). */
const MAX_CALLER_DEPTH = 3;

/**
 * Judges a sink's value as written, then as each caller of the enclosing function(s) would make it: a sink
 * inside `function connect(url) { new WebSocket(url) }` leaks when some caller passes a token URL. Each view reports a
 * query parameter once (branches of one URL are one leak); a parameter the helper's own view reports only because a
 * parameter of the helper is named like a secret is left to the callers when they report it with their values.
 */
export function judgeWithCallers(
  value: Value,
  judge: (value: Value) => Leak[],
  context: AnalysisContext,
  leftToCallers: (leak: Leak) => boolean = NONE_LEFT_TO_CALLERS,
): Leak[] {
  return onePerPlace(judgeViews(value, judge, context, 0, { views: MAX_CALLER_VIEWS }, leftToCallers));
}

/**
 * One leak per place (the sink, or a caller's argument) and parameter: callers whose views add nothing to where the
 * secret comes from (a plugin's `track({ clientKey })`, reached from each `new GrowthBook(options)`) leave the same
 * leak at the same sink.
 */
function onePerPlace(leaks: readonly Leak[]): Leak[] {
  return onePerKey(leaks, (leak, parameter) => {
    const place = leak.reportAt ? `${leak.reportAt.getSourceFile().fileName}:${leak.reportAt.getStart()}` : 'sink';
    return `${place}:${parameter}`;
  });
}

/**
 * The first answer `ask` gives for a value as written, then as each caller of the function(s) whose parameters it is
 * made of would make it, `maxDepth` callers up, within the same budget of views as `judgeWithCallers`: a query a
 * handler hands to a check function (`checkApiKey(request.query)`) is read inside it as the request's query.
 */
export function firstThroughCallers<T>(
  value: Value,
  ask: (value: Value) => T | undefined,
  context: AnalysisContext,
  maxDepth: number,
): T | undefined {
  const budget = { views: MAX_CALLER_VIEWS };
  const visit = (current: Value, depth: number): T | undefined => {
    const own = ask(current);
    if (own !== undefined || depth >= maxDepth) return own;
    for (const owner of parameterOwners(current))
      for (const call of callSitesOf(owner, context)) {
        if (budget.views <= 0) return undefined;
        budget.views -= 1;
        const found = visit(instantiate(current, owner, call.arguments, context), depth + 1);
        if (found !== undefined) return found;
      }
    return undefined;
  };
  return visit(value, 0);
}

/**
 * `leftToCallers`: leaks of a view that its callers decide when it has callers (ws-insecure-scheme's host known only
 * at run time, `'ws://' + ip`: the callers pass the host); kept when no caller is found.
 */
const NONE_LEFT_TO_CALLERS = () => false;

/**
 * How many callers' views one sink is judged in, over all depths: a helper of an SDK's HTTP layer has hundreds of
 * callers, each with callers of its own, and judging every path (matrix-js-sdk: 300 × 300 × …) took minutes for one
 * repository. Callers are taken in the files' order; a sink past the budget keeps the views judged so far.
 */
const MAX_CALLER_VIEWS = 512;

function judgeViews(
  value: Value,
  judge: (value: Value) => Leak[],
  context: AnalysisContext,
  depth: number,
  budget: { views: number },
  leftToCallers: (leak: Leak) => boolean,
): Leak[] {
  const own = onePerParameter(judge(value));
  if (depth >= MAX_CALLER_DEPTH) return own;
  const fromCallers: Leak[] = [];
  let callers = 0;
  for (const owner of parameterOwners(value)) {
    for (const call of callSitesOf(owner, context)) {
      if (budget.views <= 0) break;
      budget.views -= 1;
      callers += 1;
      const viaCall = judgeViews(instantiate(value, owner, call.arguments, context), judge, context, depth + 1, budget, leftToCallers);
      fromCallers.push(
        ...viaCall.filter((leak) => !addsNothing(leak, own, leftToCallers)).map((leak) => reportedAtCaller(leak, call.arguments, context)),
      );
    }
  }
  const namedByCallers = new Set(fromCallers.flatMap((leak) => (leak.parameter === undefined ? [] : [leak.parameter])));
  const kept = own.filter(
    (leak) => !(namedByCallers.has(leak.parameter ?? '') && isParameterNameOnly(leak)) && !(callers > 0 && leftToCallers(leak)),
  );
  return [...kept, ...fromCallers];
}

/**
 * A secret a caller passes into a helper's sink is reported where the caller passes it (issue #12): one finding per
 * caller, each with its own place for an ignore comment and its own fingerprint; the sink stays the flow's last step.
 * Leaks that do not pass through this call (the helper's own secrets) stay at the sink, and so do secrets known only by
 * a name (a caller that passes its own parameter on, a recursive call, `const { token } = useAuth()`) unless the caller
 * writes the query parameter around it (`argumentWritingQuery`). Deeper callers set it first, so the outermost caller
 * that passes the secret is the one reported.
 */
function reportedAtCaller(leak: Leak, args: readonly ts.Expression[], context: AnalysisContext): Leak {
  if (leak.reportAt) return leak;
  const argument = isParameterNameOnly(leak) ? argumentWritingQuery(leak, args, context) : passedArgument(leak, args);
  return argument ? { ...leak, reportAt: argument } : leak;
}

/** The argument of this call the leak's secret went through, if any. */
function passedArgument(leak: Leak, args: readonly ts.Expression[]): ts.Expression | undefined {
  return args.find((arg) => leak.taint.steps.some((step) => step.node === arg));
}

/**
 * `GET(\`user/profile?token=${token}\`)`, or `new ReconnectingWebSocket(wsUrl)` after
 * `const wsUrl = \`${base}/?token=${token}\``: the caller writes the query parameter itself around a secret it knows by
 * name only, so the URL gets its `?token=` there, the place to fix and to report. A secret a caller further out passes
 * in (a component handing its `token` to that hook) has only that caller's steps: the argument is then the one that
 * writes the parameter.
 */
function argumentWritingQuery(leak: Leak, args: readonly ts.Expression[], context: AnalysisContext): ts.Expression | undefined {
  const { parameter } = leak;
  if (parameter === undefined) return undefined;
  const passed = passedArgument(leak, args);
  return (passed ? [passed] : args).find(
    (argument) => argument.getText().includes(`${parameter}=`) || spellsQueryParameter(evaluate(argument, context), parameter),
  );
}

/** The value, as the caller builds it, is a URL with `parameter` among its query parameters by a literal name. */
function spellsQueryParameter(value: Value, parameter: string): boolean {
  return spellOut(value).some((parts) => parseUrl(parts).params.some((param) => param.name === parameter));
}

function onePerParameter(leaks: readonly Leak[]): Leak[] {
  return onePerKey(leaks, (_leak, parameter) => parameter);
}

/** The first leak of each key; every leak without a query parameter (a path's secret, a scheme) is kept. */
function onePerKey(leaks: readonly Leak[], keyOf: (leak: Leak, parameter: string) => string): Leak[] {
  const seen = new Set<string>();
  return leaks.filter((leak) => {
    if (leak.parameter === undefined) return true;
    const key = keyOf(leak, leak.parameter);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A caller's view of a leak this view already reports from the same origin (`authData.access_token` read in the
 * helper, the caller passing `authData` on): the caller knows nothing more of the secret, so the leak stays where its
 * value is read. A secret known only by a helper's parameter name, and a leak its callers decide (`leftToCallers`), are
 * left to the callers instead (`kept` below).
 */
function addsNothing(leak: Leak, own: readonly Leak[], leftToCallers: (leak: Leak) => boolean): boolean {
  return own.some(
    (mine) =>
      mine.taint.origin.node === leak.taint.origin.node &&
      mine.parameter === leak.parameter &&
      !isParameterNameOnly(mine) &&
      !leftToCallers(mine),
  );
}

/**
 * `function refresh(clientSecret)`, `function refresh({ clientSecret })`: only the helper's parameter name says secret
 * (the taint's origin is the parameter's name); its callers say what it is. A local destructured from a call
 * (`const { token } = useAuth()`) too: only its name says secret, and it is reported where a URL writes it into the
 * query, not at each component that passes it on (the rule docs' wrappers).
 */
function isParameterNameOnly(leak: Leak): boolean {
  if (leak.taint.byName === undefined) return false;
  const declaration = leak.taint.origin.node.parent;
  return ts.isParameter(declaration) || ts.isBindingElement(declaration);
}
function parameterOwners(value: Value): Set<ts.Node> {
  const owners = new Set<ts.Node>();
  const seen = new Set<Value>();
  const visit = (current: Value): void => {
    if (seen.has(current)) return;
    seen.add(current);
    if (current.kind === 'param') owners.add(current.owner);
    childrenOf(current).forEach(visit);
  };
  visit(value);
  return owners;
}
