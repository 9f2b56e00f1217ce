import type { View } from '../lib/url-codec';

/** The items inside each view with tabs, in the paper's order; the first is the default. */
export const TABS: Partial<Record<View, readonly string[]>> = {
  applications: ['film', 'education', 'gaming', 'healthcare', 'robotics'],
  limitations: ['physical-realism', 'spatial-temporal', 'hci', 'usage'],
  opportunities: ['academia', 'industry', 'society'],
};
