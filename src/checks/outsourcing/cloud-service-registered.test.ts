import { testCheck } from "../../../test/support/check-table.js";
import table from "./cloud-service-registered.cases.js";
import check from "./cloud-service-registered.js";

testCheck(check, table);
