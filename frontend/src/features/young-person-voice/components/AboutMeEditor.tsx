import { Textarea } from "@/components/forms/Textarea";
import type { AboutMeContent, SectionKey } from "@/features/young-person-voice/api/my-voice";
import { SECTIONS } from "./section-labels";

interface AboutMeEditorProps {
  draft: AboutMeContent;
  change: (update: (draft: AboutMeContent) => AboutMeContent) => void;
}

function ShareChoice({
  sectionKey,
  label,
  shared,
  onChange,
}: {
  sectionKey: SectionKey;
  label: string;
  shared: boolean;
  onChange: (shared: boolean) => void;
}) {
  const id = `share-${sectionKey}`;
  return (
    <div className="govuk-checkboxes app-my-share" data-module="govuk-checkboxes">
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={id}
          type="checkbox"
          checked={shared}
          onChange={(event) => {
            onChange(event.target.checked);
          }}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          My worker can share “{label}”
          <span className="govuk-visually-hidden"> with people who might look after me</span>
        </label>
      </div>
    </div>
  );
}

/**
 * Each "About me" section as a big box to write in, and under it whether the young person
 * lets their worker share it with people who might look after them. Changes save by themselves.
 */
export function AboutMeEditor({ draft, change }: AboutMeEditorProps) {
  return (
    <>
      {SECTIONS.map(({ key, label, hint }) => (
        <div className="app-my-section" key={key}>
          <Textarea
            id={`about-${key}`}
            label={label}
            labelClassName="govuk-label--m"
            hint={hint}
            rows={4}
            maxLength={2000}
            value={draft.sections[key]}
            onChange={(event) => {
              const text = event.target.value;
              change((now) => ({ ...now, sections: { ...now.sections, [key]: text } }));
            }}
          />
          <ShareChoice
            sectionKey={key}
            label={label}
            shared={draft.share[key]}
            onChange={(shared) => {
              change((now) => ({ ...now, share: { ...now.share, [key]: shared } }));
            }}
          />
        </div>
      ))}
    </>
  );
}
