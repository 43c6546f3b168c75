import { DomainRuleViolation } from '../errors/domain-errors';

/**
 * R5: what a two-inch photo (两寸照片) must be for the card to print it. Applicants bring the
 * large two-inch size (35 × 49 mm, width/height 0.714) or the standard one (33 × 48 mm, 0.688);
 * the range allows a scan cropped a little off either. The pixel minimum is 25 × 35 mm at
 * 300 dpi (295 × 413 px), the smallest ID photo print shops deliver; the card's photo box
 * (about 18 × 26 mm) then gets more than 400 dpi.
 */
export const PHOTO_REQUIREMENTS = {
  minWidthPx: 295,
  minHeightPx: 413,
  minAspect: 0.65,
  maxAspect: 0.76,
  /** Fewer grey levels between darkest and lightest pixel than this is a blank sheet, not a face. */
  minLumaRange: 16,
} as const;

/** What a decoded photo shows, as far as printing it goes. */
export interface PhotoFacts {
  readonly width: number;
  readonly height: number;
  /** False when any pixel is transparent or translucent: the card would print the box empty there. */
  readonly opaque: boolean;
  /** Darkest to lightest luma (0–255) over the image. */
  readonly lumaRange: number;
}

/** R5: every reason a decoded photo cannot be the applicant's two-inch photo (empty when it can). */
export function photoProblems(photo: PhotoFacts, field = 'file'): DomainRuleViolation[] {
  const r = PHOTO_REQUIREMENTS;
  const problems: DomainRuleViolation[] = [];
  const size = `${photo.width}×${photo.height} px`;
  if (photo.width < r.minWidthPx || photo.height < r.minHeightPx) {
    problems.push(
      new DomainRuleViolation(
        'R5',
        field,
        'PHOTO_TOO_SMALL',
        `the photo is ${size}; a two-inch photo needs at least ${r.minWidthPx}×${r.minHeightPx} px (300 dpi) to print`,
      ),
    );
  }
  const aspect = photo.height === 0 ? 0 : photo.width / photo.height;
  if (aspect < r.minAspect || aspect > r.maxAspect) {
    problems.push(
      new DomainRuleViolation(
        'R5',
        field,
        'PHOTO_NOT_TWO_INCH_PORTRAIT',
        `the photo is ${size} (width/height ${aspect.toFixed(2)}); a two-inch portrait photo (35×49 or 33×48 mm) has width/height ${r.minAspect}–${r.maxAspect}`,
      ),
    );
  }
  if (!photo.opaque) {
    problems.push(
      new DomainRuleViolation(
        'R5',
        field,
        'PHOTO_TRANSPARENT',
        'the photo has transparent pixels, which print as an empty box; a white-background colour photo is required',
      ),
    );
  }
  if (photo.lumaRange < r.minLumaRange) {
    problems.push(
      new DomainRuleViolation(
        'R5',
        field,
        'PHOTO_BLANK',
        'the photo is a single flat colour, not a picture of the applicant',
      ),
    );
  }
  return problems;
}
