/**
 * The one bridge between xstate and Lit: subscribes a host element to an actor and re-renders it on
 * every new snapshot. It never creates or stops the actor, so moving an element in the DOM never
 * resets a student's progress: whoever creates an actor stops it.
 *
 * @example
 * ```ts
 * class MyView extends LitElement {
 *   #question = new ActorController<QuestionActor>(this);
 *   set actor(a: QuestionActor) { this.#question.actor = a; }
 *   render() { return html`${this.#question.snapshot?.value}`; }
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnyActorRef, SnapshotFrom, Subscription } from 'xstate';

export class ActorController<A extends AnyActorRef> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #actor: A | undefined;
  #subscription: Subscription | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  /** The actor the host shows, or `undefined` before one is set. */
  get actor(): A | undefined {
    return this.#actor;
  }

  set actor(actor: A | undefined) {
    if (actor === this.#actor) return;
    this.#unsubscribe();
    this.#actor = actor;
    if (this.#connected) this.#subscribe();
    this.#host.requestUpdate();
  }

  /** The actor's current snapshot. */
  get snapshot(): SnapshotFrom<A> | undefined {
    return this.#actor?.getSnapshot() as SnapshotFrom<A> | undefined;
  }

  /** Sends an event to the actor (ignored when there is none). */
  send(event: Parameters<A['send']>[0]): void {
    this.#actor?.send(event);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe();
  }

  #subscribe(): void {
    if (!this.#actor || this.#subscription) return;
    this.#subscription = this.#actor.subscribe({
      next: () => this.#host.requestUpdate(),
      error: () => this.#host.requestUpdate(),
    });
    this.#host.requestUpdate();
  }

  #unsubscribe(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
  }
}
