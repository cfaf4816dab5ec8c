/**
 * Offers a file made in the page for download: a Blob and a temporary `blob:` address, so the
 * answers go from the page to the disk without any network request.
 */
export function downloadFile(fileName: string, content: string, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
