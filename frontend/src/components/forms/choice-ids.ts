/**
 * The id of the `index`th radio or checkbox of a group, as GOV.UK Frontend numbers them:
 * the first takes the group's id, so an error summary link to the group lands on it.
 */
export function choiceId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${String(index + 1)}`;
}
