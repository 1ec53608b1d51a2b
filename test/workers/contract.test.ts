import { defineContractSuite } from '../contract/cases.js';
import { workerClient } from './d1-setup.js';

defineContractSuite('Workers, workerd + D1', workerClient);
