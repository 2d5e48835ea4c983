"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { initialActionState, type ActionState } from "@/lib/forms";

type FormAction<S extends ActionState> = (state: Awaited<S>, formData: FormData) => Promise<S>;

/**
 * useActionState, submitted from onSubmit instead of the form's action prop: React resets a form
 * after an action-prop submission, which would wipe what the person typed when the server answers
 * with field errors. `resetOnSuccess` clears the form once a submission went through (new passwords).
 */
export function useFormAction<S extends ActionState = ActionState>(
  action: FormAction<S>,
  // A caller whose state carries more than ActionState (a secret to show once) passes its own initial state.
  { resetOnSuccess = false, initialState = initialActionState as Awaited<S> }: { resetOnSuccess?: boolean; initialState?: Awaited<S> } = {},
) {
  const [state, dispatch, pending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }

  useEffect(() => {
    if (resetOnSuccess && state.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  // `action` stays on the form so it still submits before the page's JavaScript has loaded.
  return { state, pending, formRef, formProps: { ref: formRef, action: dispatch, onSubmit, noValidate: true } };
}
