// The settings a request is served with: the app's, or the environment's when a caller built the
// context without them (the process-wide fallback secret keeps every such caller consistent).
import type { AppContext } from '../context';
import { securitySettingsFromEnv, type SecuritySettings } from './settings';

export function securityOf(context: AppContext): SecuritySettings {
  return context.security ?? securitySettingsFromEnv();
}
