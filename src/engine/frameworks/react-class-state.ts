/**
 * A React class component's state: `this.state` starts as its field or constructor value and takes every object the
 * component passes to `this.setState(…)` (merged in, https://react.dev/reference/react/Component#setstate). A member
 * initialized to `null` (`state = { token: null }`) holds what a later `setState({ token })` gives it.
 */
export const REACT_CLASS_STATE = { member: 'state', setter: 'setState' } as const;
