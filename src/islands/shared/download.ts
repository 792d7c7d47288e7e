/** Offers text as a file to download, without leaving the page. */
export function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
