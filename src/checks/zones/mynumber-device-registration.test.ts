import { testCheck } from "../../../test/support/check-table.js";
import table from "./mynumber-device-registration.cases.js";
import check from "./mynumber-device-registration.js";

testCheck(check, table);
