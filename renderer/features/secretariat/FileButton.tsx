import { useRef, type ReactNode } from 'react';

/** A button that opens the file chooser (the input itself stays hidden); `onFiles` gets what was chosen. */
export function FileButton({
  children,
  accept,
  multiple = false,
  disabled = false,
  className = 'btn btn-small',
  title,
  onFiles,
  testId,
  inputTestId,
}: {
  children: ReactNode;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  className?: string;
  title?: string;
  onFiles: (files: File[]) => void;
  testId: string;
  inputTestId: string;
}) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} title={title} onClick={() => picker.current?.click()} data-testid={testId}>
        {children}
      </button>
      <input
        ref={picker}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so that choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
        data-testid={inputTestId}
      />
    </>
  );
}
