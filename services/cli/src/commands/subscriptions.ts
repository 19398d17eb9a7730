import { alertMode } from "@pushback/events";
import { addSubscription, readSubscriptions, removeSubscription } from "@pushback/notifier";
import { type Command, Option } from "commander";
import { withStore } from "../openDatabase.ts";

const any = (value: string | null) => value ?? "*";

/** `pushback subscriptions add|list|remove`: email alerts on new contradictions (subscriptions are events). */
export function registerSubscriptionCommands(program: Command): void {
  const subscriptions = program.command("subscriptions").description("email alerts on new contradictions");

  subscriptions
    .command("add")
    .argument("<email>", "where alerts go")
    .option("--government <name>", "only contradictions about this government")
    .option("--platform <name>", "only contradictions about this platform")
    .option("--story <id>", "only contradictions in this story")
    .addOption(
      new Option("--mode <mode>", "immediate (grouped) or a digest at 08:00")
        .choices(alertMode.options)
        .default("immediate"),
    )
    .option("--tz <zone>", "IANA time zone of digests, e.g. Asia/Almaty", "UTC")
    .action(
      async (
        email: string,
        options: {
          government?: string;
          platform?: string;
          story?: string;
          mode: "immediate" | "daily" | "weekly";
          tz: string;
        },
      ) => {
        const { subscription, created } = await withStore((store) =>
          addSubscription(store, {
            email,
            government: options.government ?? null,
            platform: options.platform ?? null,
            storyId: options.story ?? null,
            mode: options.mode,
            timezone: options.tz,
          }),
        );
        console.log(
          `${created ? "added" : "already subscribed:"} ${subscription.subscriptionId} ${subscription.email}`,
        );
      },
    );

  subscriptions
    .command("list")
    .option("--json", "one JSON object per line")
    .action(async (options: { json?: boolean }) => {
      const all = await withStore((store) => readSubscriptions(store));
      for (const s of all) {
        if (options.json) console.log(JSON.stringify(s));
        else {
          const filters = `government=${any(s.filters.government)} platform=${any(s.filters.platform)} story=${any(s.filters.storyId)}`;
          console.log(`${s.subscriptionId}\t${s.email}\t${s.mode}\t${s.timezone}\t${filters}`);
        }
      }
    });

  subscriptions
    .command("remove")
    .argument("<id>", "subscription id (from `subscriptions list`)")
    .action(async (id: string) => {
      const removed = await withStore((store) => removeSubscription(store, id, "user"));
      if (!removed) throw new Error(`no active subscription ${id}`);
      console.log(`removed ${id}`);
    });
}
