import { Check, Num, Unit, useStartFormValue } from './formContext'

export function DiceFields() {
  const form = useStartFormValue()
  return (
    <fieldset>
      <legend>Dice</legend>
      <Check name="dices" label="Dice game" />
      {form.dices && (
        <div className="grid">
          <Num name="dicenumber" label="Number of dice" />
          <Unit name="diceunit" label="Dice unit" />
          <Num name="dicetimewait" label="Dice wait between rolls" />
          <Unit name="dicetimeunitwait" label="Dice wait unit" wait />
          <Num name="diceminmulti" label="Dice min multiplier" step="0.1" />
          <Num name="dicemaxmulti" label="Dice max multiplier" step="0.1" />
          <Check
            name="dicespen"
            label="Dice penalties"
            hint="A penalty when the dice are played too little."
          />
          {form.dicespen && (
            <>
              <Num name="mindiceplay" label="Dice minimum plays" />
              <Num name="pendicetime" label="Dice penalty amount" />
              <Unit name="pendiceunit" label="Dice penalty unit" />
              <Check
                name="diceplaylimit"
                label="Dice penalty only once"
                hint="Unchecked: the penalty applies every time."
              />
            </>
          )}
        </div>
      )}
    </fieldset>
  )
}

export function LinkFields() {
  const form = useStartFormValue()
  return (
    <fieldset>
      <legend>Public link</legend>
      <Check
        name="links"
        label="Public link game"
        hint="Visitors of your public link vote to add or remove time."
      />
      {form.links && (
        <div className="grid">
          <Num name="linkadd" label="Link add amount" />
          <Unit name="linkaddunit" label="Link add unit" />
          <Num name="linksub" label="Link subtract amount" />
          <Unit name="linksubunit" label="Link subtract unit" />
          <Num name="linkminmulti" label="Link min multiplier" step="0.1" />
          <Num name="linkmaxmulti" label="Link max multiplier" step="0.1" />
          <Check name="resetvotes" label="Reset votes" />
        </div>
      )}
    </fieldset>
  )
}

export function LuckFields() {
  const form = useStartFormValue()
  return (
    <fieldset>
      <legend>Luck</legend>
      <Check name="luck" label="Luck game" />
      {form.luck && (
        <div className="grid">
          <Num name="randadd" label="Luck add amount" />
          <Unit name="randaddunit" label="Luck add unit" />
          <Num name="randsub" label="Luck subtract amount" />
          <Unit name="randsubunit" label="Luck subtract unit" />
          <Num name="randtimewait" label="Luck wait between plays" />
          <Unit name="randtimeunitwait" label="Luck wait unit" wait />
          <Num name="randminmulti" label="Luck min multiplier" step="0.1" />
          <Num name="randmaxmulti" label="Luck max multiplier" step="0.1" />
          <Check name="luckpen" label="Luck penalties" hint="A penalty when luck is played too little." />
          {form.luckpen && (
            <>
              <Num name="minluckplay" label="Luck minimum plays" />
              <Num name="penlucktime" label="Luck penalty amount" />
              <Unit name="penlcukunit" label="Luck penalty unit" />
              <Check
                name="luckplaylimit"
                label="Luck penalty only once"
                hint="Unchecked: the penalty applies every time."
              />
            </>
          )}
        </div>
      )}
    </fieldset>
  )
}
