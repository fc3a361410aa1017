// The loyalty core: the only code that computes NPS categories, movement, NPS figures,
// recommended actions and survey eligibility. Pure functions, no I/O; services import from here.
export * from './category';
export * from './scales';
export * from './movement';
export * from './snapshot';
export * from './nps';
export * from './locale';
export * from './recommendations';
export * from './survey-eligibility';
export * from './follow-up-figures';
export * from './time';
