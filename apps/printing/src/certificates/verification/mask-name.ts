/**
 * A holder's name as the public verification shows it: the surname's first character, the rest
 * starred (张三 → 张*, 欧阳娜娜 → 欧***). Enough to match the card to the person showing it with
 * the photo, not enough to learn who holds a card.
 */
export function maskName(name: string): string {
  const characters = Array.from(name.trim());
  const [first = ''] = characters;
  return `${first}${'*'.repeat(Math.max(1, characters.length - 1))}`;
}
