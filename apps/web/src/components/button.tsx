import type { ButtonHTMLAttributes } from "react";
import controls from "./controls.module.css";

/** A secondary action in the shared look (controls.button); `type="button"`, so it never submits a form. */
export function Button(props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "className">) {
  return <button type="button" className={controls.button} {...props} />;
}
