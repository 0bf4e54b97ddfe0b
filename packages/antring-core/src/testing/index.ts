// @antdash/antring-core/testing: AntRing call records for other packages' tests; never imported by running code.
export {
  callBack,
  EXAMPLE_TIMESTAMP,
  inboundCall,
  internalCall,
  manyCalls,
  missedCall,
  outboundCall,
} from "./call-records";
