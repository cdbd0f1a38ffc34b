/** The lesson panel's texts (app/src/lessons/): Korean first; English must have every key. */
export const lessonsKo = {
  'lessons.title': '레슨',
} satisfies Record<string, string>;

export const lessonsEn: Readonly<Record<keyof typeof lessonsKo, string>> = {
  'lessons.title': 'Lessons',
};
