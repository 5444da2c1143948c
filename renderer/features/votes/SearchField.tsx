/** The search box over a list of delegates (who voted, who has not): typed names and seats, no browser help. */
export function SearchField({ value, onChange, label, testId }: { value: string; onChange: (value: string) => void; label: string; testId: string }) {
  return (
    <input
      className="input"
      type="search"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={label}
      aria-label={label}
      autoComplete="off"
      spellCheck={false}
      data-testid={testId}
    />
  );
}
