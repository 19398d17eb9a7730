// Public surface of @pushback/notifier, for other packages (the CLI, the API): files inside this
// package import each other directly.
export { alertRoutes } from "./http/alertRoutes.ts";
export type { NotifierRouteOptions } from "./http/routeOptions.ts";
export { subscriptionRoutes } from "./http/subscriptionRoutes.ts";
export { unsubscribeRoutes } from "./http/unsubscribeRoutes.ts";
export { ALERT_REACTOR, alertReactor } from "./reactor/alertReactor.ts";
export type { MailTransport } from "./sender/mailTransport.ts";
export { alertAttemptsFailedTotal, alertsFailedTotal, alertsSentTotal, notifierRegistry } from "./sender/metrics.ts";
export { type NotifierOptions, type RunningNotifier, startNotifier } from "./startNotifier.ts";
export {
  addSubscription,
  readSubscription,
  readSubscriptions,
  removeSubscription,
  type Subscription,
  type SubscriptionInput,
  SubscriptionInputError,
} from "./subscriptions/subscriptions.ts";
