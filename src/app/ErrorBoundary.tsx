import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  title: string;
  reloadLabel: string;
  children: ReactNode;
}

/** Last line of defence: a render error shows a message and a way out, never a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    document.documentElement.dataset.engine = 'error';
    // eslint-disable-next-line no-console -- the stack is for whoever opens the console; the page already says what happened.
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="card panel-error" role="alert">
        <strong>{this.props.title}</strong>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {this.props.reloadLabel}
        </button>
      </div>
    );
  }
}
