import { defineScaleSuite } from '../contract/scale.js';
import { workerClient } from './d1-setup.js';

defineScaleSuite('Workers, workerd + D1', workerClient);
