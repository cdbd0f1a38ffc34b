export { JSONMessageDisplay } from './display';
export { progressString } from './progress';
export { JSONMessageError, messageError, type JSONMessage, type JSONProgressDetail } from './types';
