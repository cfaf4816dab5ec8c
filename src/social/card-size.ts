/** Size of an Open Graph image, as social networks expect it (1.91:1). */
export const cardWidth = 1200;
export const cardHeight = 630;
