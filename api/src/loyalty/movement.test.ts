import type { LoyaltyCategory } from './category';
import { movementBetween, type LoyaltyMovement } from './movement';

describe('movementBetween', () => {
  test.each<[LoyaltyCategory, LoyaltyCategory, LoyaltyMovement]>([
    ['DETRACTOR', 'DETRACTOR', 'STEADY'],
    ['DETRACTOR', 'PASSIVE', 'RISE'],
    ['DETRACTOR', 'PROMOTER', 'RISE'],
    ['PASSIVE', 'DETRACTOR', 'FALL'],
    ['PASSIVE', 'PASSIVE', 'STEADY'],
    ['PASSIVE', 'PROMOTER', 'RISE'],
    ['PROMOTER', 'DETRACTOR', 'FALL'],
    ['PROMOTER', 'PASSIVE', 'FALL'],
    ['PROMOTER', 'PROMOTER', 'STEADY'],
  ])('%s then %s is %s', (previous, latest, movement) => {
    expect(movementBetween(previous, latest)).toBe(movement);
  });

  test.each<[LoyaltyCategory | null, LoyaltyCategory | null]>([
    [null, null],
    [null, 'DETRACTOR'],
    [null, 'PASSIVE'],
    [null, 'PROMOTER'],
    ['DETRACTOR', null],
    ['PASSIVE', null],
    ['PROMOTER', null],
  ])('%s then %s is NONE: nothing to compare', (previous, latest) => {
    expect(movementBetween(previous, latest)).toBe('NONE');
  });
});
