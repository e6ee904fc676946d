"use client";

import "@/lib/zod-jitless";
import { z } from "zod";
import { FormMessage, SubmitButton } from "@/app/_components/form-fields";
import { useActionForm } from "@/app/_components/use-action-form";
import { markReadSchema } from "@/lib/notifications/schemas";
import { markAllNotificationsReadAction, markNotificationReadAction } from "../actions";

export function MarkReadButton({ notificationId }: { notificationId: string }) {
  const form = useActionForm(markReadSchema, markNotificationReadAction, { extra: { notificationId } });
  return (
    <form onSubmit={form.onSubmit} className="flex items-center gap-2">
      <SubmitButton pending={form.pending} variant="plain">
        Mark read
      </SubmitButton>
      <FormMessage error={form.state.formError} code={form.state.code} />
    </form>
  );
}

const nothing = z.object({});

export function MarkAllReadButton() {
  const form = useActionForm(nothing, markAllNotificationsReadAction);
  return (
    <form onSubmit={form.onSubmit} className="flex items-center gap-2">
      <SubmitButton pending={form.pending} variant="plain">
        Mark all read
      </SubmitButton>
      <FormMessage error={form.state.formError} code={form.state.code} />
    </form>
  );
}
