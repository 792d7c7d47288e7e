/** A link that cannot be read: why, in words the reader can act on, and that nothing changed. */
export function LinkRefused({ message }: { message: string }) {
  return (
    <div class="notice together__problem" role="alert">
      <h2>This link cannot be read</h2>
      <p>{message}</p>
      <p>Nothing has been saved or changed.</p>
    </div>
  );
}
